// The use-case library: what a runner asks RunRamp to do, from the command line or a test.
//
// Each use case reads the training log, calls the pure modules (Planner, Render, RunImport, FIT, GPX)
// and writes files; `runramp` only parses options, calls one use case and prints its result.
// docs/ARCHITECTURE.md places it between the modules and the CLI.
