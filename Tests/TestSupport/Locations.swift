public import Foundation

/// The package root (two levels above this file's folder).
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The shared test corpus, `../shared/corpus` beside the package root, when it is there (and holds
/// `subfolder`, when one is named); tests that need it are skipped otherwise.
public func sharedCorpus(containing subfolder: String? = nil) -> URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    let probe = subfolder.map { url.appendingPathComponent($0) } ?? url
    return FileManager.default.fileExists(atPath: probe.path) ? url : nil
}
