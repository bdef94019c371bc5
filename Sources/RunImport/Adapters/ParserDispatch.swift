import Foundation
import RunModel
#if RUNRAMP_PARSERS
import FIT
import GPX
#endif

/// Hands decompressed bytes to the FIT or GPX reader and the matching adapter.
enum ParserDispatch {
    /// False until the FIT and GPX readers are built in (the `RUNRAMP_PARSERS` condition).
    static var isAvailable: Bool {
        #if RUNRAMP_PARSERS
        true
        #else
        false
        #endif
    }

    static func decode(_ bytes: Data, format: FileFormat, source: RunSource) -> AdaptedFile {
        #if RUNRAMP_PARSERS
        switch format {
        case .fit:
            let file = bytes.withUnsafeBytes { FITDecoder.decode($0) }
            return FITRunAdapter.adapt(file, source: source)
        case .gpx, .tcx:
            do {
                let document = try GPXReader.read(bytes)
                return GPXRunAdapter.adapt(document, source: source)
            } catch {
                return .failed(.malformed(error.description))
            }
        default:
            return .notActivity("not a FIT, GPX or TCX file")
        }
        #else
        return .failed(.malformed("the \(format.rawValue.uppercased()) reader is not built into this runramp yet"))
        #endif
    }
}
