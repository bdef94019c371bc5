import ArgumentParser
import Foundation

/// `runramp inspect FILE [--json]`: what a FIT, GPX or TCX file holds, told by its content.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a FIT, GPX or TCX file holds (--json for the machine-readable report)."
    )

    @Argument(help: "The file to read.")
    var file: String

    @Flag(help: "Print one JSON object (see shared/design/inspect-json.md).")
    var json = false

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
        } catch {
            FileHandle.standardError.write(Data("\(file): cannot read the file\n".utf8))
            throw ExitCode.failure
        }
        if data.count >= 12, data[data.startIndex + 8..<data.startIndex + 12].elementsEqual(".FIT".utf8) {
            // FIT inspection lands with the fit branch; the integrator merges the two dispatches.
            FileHandle.standardError.write(Data("\(file): FIT inspection is not in this build\n".utf8))
            throw ExitCode.failure
        }
        let inspection = gpxInspection(data: data)
        if json {
            print(inspection.json.rendered())
        } else if inspection.isUnreadable, let error = inspection.error {
            FileHandle.standardError.write(Data("\(file):\(error)\n".utf8))
        } else {
            print(inspection.text)
        }
        if inspection.isUnreadable { throw ExitCode.failure }
    }
}
