// Prints a version line, as `runramp --version` does, and nothing else.
print("0.0.0")
