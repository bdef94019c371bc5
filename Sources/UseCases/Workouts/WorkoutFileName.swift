import FIT
import Render
import RunModel

/// How a workouts folder's files are recognised as RunRamp's: by name and by content.
enum WorkoutFileName {
    /// A RunRamp workout is a few kilobytes; larger files are not read.
    static let maximumBytes = 1 << 20

    /// The day of a name RunRamp writes ("2026-12-01-easy-6.4km.fit", "2026-12-02-runwalk-w5r2-2.fit"); nil for
    /// any other name.
    static func date(of name: String) -> CalendarDay? {
        guard name.hasSuffix(".fit"), name.count > 15, let date = CalendarDay(String(name.prefix(10))) else {
            return nil
        }
        let rest = name.dropFirst(10).dropLast(4)
        guard ["-easy", "-long", "-runwalk-w"].contains(where: { rest.hasPrefix($0) }),
            rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
        else { return nil }
        return date
    }

    /// True for a valid FIT workout file of manufacturer development with RunRamp's product id.
    static func isRunRampWorkout(_ bytes: [UInt8]) -> Bool {
        let file = FITDecoder.decode(bytes)
        guard let workout = FITWorkoutFile(decoding: file), workout.product == PlanWorkouts.productID,
            let fileID = file.messages.first(where: { $0.globalNumber == FITMessageNumber.fileId }),
            fileID.number(FITFieldID.FileId.manufacturer) == Double(FITProfileValue.Manufacturer.development)
        else { return false }
        return true
    }
}
