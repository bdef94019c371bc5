import FIT
import Foundation
import GPX
import RunModel

/// Hands decompressed bytes to the FIT or GPX reader and the matching adapter.
enum ParserDispatch {
    static func decode(_ bytes: Data, format: FileFormat, source: RunSource, limits: ImportLimits = .standard)
        -> AdaptedFile
    {
        switch format {
        case .fit:
            let file = bytes.withUnsafeBytes { FITDecoder.decode($0) }
            return FITRunAdapter.adapt(file, source: source, maximumRuns: limits.maximumRunsPerFile)
        case .gpx, .tcx:
            do {
                let document = try GPXReader.read(bytes, maximumAttributes: limits.maximumXMLAttributes)
                return GPXRunAdapter.adapt(document, source: source, maximumRuns: limits.maximumRunsPerFile)
            } catch {
                return .failed(.gpx(error))
            }
        default:
            return .notActivity(.notFITGPXOrTCX)
        }
    }
}
