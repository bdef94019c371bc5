import Foundation
import TestSupport
import Testing

/// docs/errors.md is the one source of the error catalogue: `make man` turns it into the manual
/// page's DIAGNOSTICS section with `Scripts/errors-manual.sh`. These tests fail when the section
/// loses a heading, a list item or a message on the way, or lands anywhere but its place.
@Suite struct ErrorCatalogueTests {
    static let source = packageRoot.appendingPathComponent("docs/errors.md")
    static let script = packageRoot.appendingPathComponent("Scripts/errors-manual.sh")

    /// Runs the script with `arguments` under /bin/sh; its stdout.
    static func runScript(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [script.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// A code span's text as the section must print it: bold, hyphens as minus signs, the three
    /// characters beyond ASCII by their troff names.
    static func manualText(ofCode code: String) -> String {
        let escaped = code.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .replacingOccurrences(of: "…", with: "...").replacingOccurrences(of: "—", with: "\\(em")
            .replacingOccurrences(of: "–", with: "\\(en")
        return "\\fB\(escaped)\\fR"
    }

    /// The doc's code spans (single or double backticks), read over line breaks as the script does.
    static func codeSpans(in markdown: String) throws -> [String] {
        let joined = markdown.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("<!--") && !$0.hasSuffix("-->") }.joined(separator: " ")
        let pattern = try Regex("``([^`]*(?:`[^`]+)*)``|`([^`]*)`")
        return joined.matches(of: pattern).compactMap { match in
            (match.output[1].substring ?? match.output[2].substring).map(String.init)
        }
    }

    @Test func theManualSectionHoldsEveryHeadingItemAndMessageOfTheDoc() throws {
        let markdown = try String(contentsOf: Self.source, encoding: .utf8)
        let section = try Self.runScript([Self.source.path])
        let lines = section.split(separator: "\n").map(String.init)
        #expect(lines.first == ".Sh DIAGNOSTICS")

        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count >= 8)
        #expect(lines.filter { $0.hasPrefix(".Ss ") }.count == headings.count)
        let items = markdown.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(lines.filter { $0 == ".It" }.count == items.count)
        #expect(
            lines.filter { $0 == ".Bl -bullet" }.count == lines.filter { $0 == ".El" }.count, "every list is closed")

        let spans = try Self.codeSpans(in: markdown)
        #expect(spans.count > 100, "the catalogue's messages were not found")
        for span in spans {
            #expect(section.contains(Self.manualText(ofCode: span)), "the manual lacks \(span)")
        }
        // No Markdown is left over, and no line could be read as a troff request by accident.
        let prose = section.replacing(try Regex(#"\\fB.*?\\fR"#), with: "")
        #expect(!prose.contains("`") && !prose.contains("**") && !prose.contains("]("))
        #expect(!section.unicodeScalars.contains { $0.value > 127 }, "troff wants its own names for these")
        for line in lines where line.hasPrefix(".") || line.hasPrefix("'") {
            #expect(
                [".Sh", ".Ss", ".Pp", ".Bl", ".It", ".El"].contains { line.hasPrefix($0) }, "stray request: \(line)")
        }
    }

    @Test func theSectionGoesBeforeAuthorsAndReplacesAnEarlierOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runramp-man-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("runramp.1")
        let generated =
            ".Dd December 5, 2026\n.Dt RUNRAMP 1\n.Sh NAME\n.Nm runramp\n.Sh \"EXIT STATUS\"\nzero\n.Sh AUTHORS\nus\n"
        try Data(generated.utf8).write(to: page)
        let section = try Self.runScript([Self.source.path])

        _ = try Self.runScript([Self.source.path, page.path])
        let once = try String(contentsOf: page, encoding: .utf8)
        #expect(
            once == ".Dd December 5, 2026\n.Dt RUNRAMP 1\n.Sh NAME\n.Nm runramp\n.Sh \"EXIT STATUS\"\nzero\n" + section
                + ".Sh AUTHORS\nus\n")
        _ = try Self.runScript([Self.source.path, page.path])
        #expect(try String(contentsOf: page, encoding: .utf8) == once, "a second run replaces, not adds")
    }

    /// The files `make completions man` wrote (CI sets RUNRAMP_INSTALL_ARTIFACTS to their folder).
    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["RUNRAMP_INSTALL_ARTIFACTS"] != nil,
            "set RUNRAMP_INSTALL_ARTIFACTS to the folder of `make completions man` (CI does)"))
    func theInstalledManualHoldsTheDocsSection() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["RUNRAMP_INSTALL_ARTIFACTS"])
        let manual = try String(contentsOfFile: folder + "/man/runramp.1", encoding: .utf8)
        #expect(manual.contains(try Self.runScript([Self.source.path])))
    }
}
