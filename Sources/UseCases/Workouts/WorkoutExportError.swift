/// Why `plan --workouts DIR` wrote nothing (docs/workouts.md, "Messages"); checked before any file is written.
public struct WorkoutExportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// DIR is a file, not a folder.
        case notAFolder
        /// DIR does not exist and its parent folder does not either.
        case noParentFolder(String)
        /// A file of that name is there and RunRamp did not write it.
        case foreignFile(String)
        /// The folder or a file in it could not be created, written or removed: the system's reason.
        case cannotWrite(String)
    }

    public var reason: Reason
    /// The folder given to `--workouts`.
    public var path: String

    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    public var description: String {
        switch reason {
        case .notAFolder: "--workouts \(path): that is a file, not a folder"
        case .noParentFolder(let parent): "--workouts \(path): the folder \(parent) does not exist"
        case .foreignFile(let name):
            "--workouts \(path): \(name) is there and RunRamp did not write it; move it away or choose another folder"
        case .cannotWrite(let why): "--workouts \(path): cannot write: \(why)"
        }
    }
}
