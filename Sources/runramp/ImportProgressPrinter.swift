import Foundation
import RunImport

/// Shows import progress on stderr: a redrawn bar on a terminal, a plain line every 10 % otherwise.
final class ImportProgressPrinter: @unchecked Sendable {
    // @unchecked: every mutable field is guarded by `lock`.
    private let lock = NSLock()
    private let isTTY: Bool
    private var lastDraw = Date.distantPast
    private var lastTenth = -1
    private var drewBar = false

    init(isTTY: Bool = Terminal.standardErrorIsTTY) { self.isTTY = isTTY }

    func update(_ progress: ImportProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard progress.total > 0 else { return }
        if isTTY {
            let now = Date()
            guard progress.completed == progress.total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            let width = 30
            let filled = width * progress.completed / progress.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let text = "\r\(bar) \(progress.completed)/\(progress.total) files"
            Terminal.writeError(text + "\u{1B}[K")
            drewBar = true
        } else {
            let tenth = 10 * progress.completed / progress.total
            guard tenth > lastTenth else { return }
            lastTenth = tenth
            Terminal.printError("import: \(progress.completed)/\(progress.total) files")
        }
    }

    /// Ends the bar's line so the summary starts on a fresh one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { Terminal.writeError("\n") }
        drewBar = false
    }
}
