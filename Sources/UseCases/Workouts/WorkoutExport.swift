import FIT
public import Foundation
public import Planner
public import Render
import RunAnalysis
import RunModel
public import TrainingLog

/// The use case of `runramp plan --workouts DIR` (docs/workouts.md): one FIT workout per planned run of the
/// plan, `DIR/index.md`, and RunRamp's files of sessions the plan no longer holds removed.
///
/// A file is RunRamp's when its name has the pattern RunRamp writes (`2026-12-01-easy-6.4km.fit`) and it
/// decodes as a workout of manufacturer development with RunRamp's product id; nothing else is overwritten or
/// removed. Of those, only files dated on or after the plan's first day are removed: earlier ones are sessions
/// already past, left alone.
public struct WorkoutExport: Sendable {
    /// The folder given to `--workouts`; created (one level) when missing.
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The runner's easy heart-rate range from the zones they gave `runramp settings` (maximum, resting,
    /// threshold); nil when they gave none that sets one. Anchors the log only estimated or read from a watch's
    /// files are not used: a target the watch holds the runner to comes from figures the runner stated.
    public static func heartRateTarget(log: LogDatabase) throws -> EasyHeartRateTarget? {
        let settings = try log.currentHeartRateSettings()
        return EasyHeartRateTarget(
            anchors: HeartRateAnchors(
                maximum: settings[.maximum]?.bpm, resting: settings[.resting]?.bpm,
                threshold: settings[.threshold]?.bpm))
    }

    /// Writes the workouts of `plan`; `calendarID` is the log's id the calendar UIDs (and so the serial numbers)
    /// carry; `heartRate` (`heartRateTarget(log:)`) is the runs' target when known. Everything is checked before
    /// the first file is written.
    public func run(
        _ plan: Plan, calendarID: String?, heartRate: EasyHeartRateTarget? = nil, now: Date = Date()
    ) throws(WorkoutExportError) -> WorkoutExportSummary {
        let folder = URL(fileURLWithPath: directory)
        try prepareFolder(folder)
        let workouts = PlanWorkouts.workouts(for: plan, calendarID: calendarID, heartRate: heartRate)
        let existing = try runRampFiles(in: folder)
        let planned = Set(workouts.map(\.fileName))
        let firstDay = plan.weeks.first?.days.first?.date ?? plan.today
        var files: [(name: String, bytes: [UInt8], isNew: Bool)] = []
        for workout in workouts {
            let bytes = workout.workout.encoded()
            let name = workout.fileName
            if let old = existing[name] {
                if old.bytes != bytes { files.append((name, bytes, false)) }
            } else if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
                throw WorkoutExportError(.foreignFile(name), path: directory)
            } else {
                files.append((name, bytes, true))
            }
        }
        let index = folder.appendingPathComponent("index.md")
        if FileManager.default.fileExists(atPath: index.path),
            (try? String(contentsOf: index, encoding: .utf8))?.hasPrefix(WorkoutIndex.heading) != true
        {
            throw WorkoutExportError(.foreignFile("index.md"), path: directory)
        }
        let removed = existing.filter { !planned.contains($0.key) && $0.value.date >= firstDay }.keys.sorted()
        do {
            for file in files {
                try Data(file.bytes).write(to: folder.appendingPathComponent(file.name), options: .atomic)
            }
            for name in removed { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            try Data(WorkoutIndex.markdown(workouts, plan: plan).utf8).write(to: index, options: .atomic)
        } catch {
            throw WorkoutExportError(.cannotWrite(OutputFile.reason(for: error)), path: directory)
        }
        let absolute = folder.standardizedFileURL
        return WorkoutExportSummary(
            path: directory, workouts: workouts.count, written: files.filter(\.isNew).count,
            changed: files.filter { !$0.isNew }.count, removed: removed.count,
            files: workouts.map {
                WorkoutFileRecord(
                    day: $0.date, title: $0.title, path: absolute.appendingPathComponent($0.fileName).path,
                    exportedAt: now)
            }, firstDay: firstDay)
    }

    private func prepareFolder(_ folder: URL) throws(WorkoutExportError) {
        if FileManager.default.fileExists(atPath: folder.path) {
            guard OutputFile.isFolder(folder.path) else { throw WorkoutExportError(.notAFolder, path: directory) }
            return
        }
        let parent = folder.deletingLastPathComponent()
        guard OutputFile.isFolder(parent.path) else {
            throw WorkoutExportError(.noParentFolder(parent.path), path: directory)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw WorkoutExportError(.cannotWrite(OutputFile.reason(for: error)), path: directory)
        }
    }

    /// RunRamp's workout files in `folder` by name: their day and bytes.
    func runRampFiles(in folder: URL) throws(WorkoutExportError) -> [String: (date: CalendarDay, bytes: [UInt8])] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw WorkoutExportError(.cannotWrite(OutputFile.reason(for: error)), path: directory)
        }
        var files: [String: (date: CalendarDay, bytes: [UInt8])] = [:]
        for name in names {
            guard let date = WorkoutFileName.date(of: name) else { continue }
            let url = folder.appendingPathComponent(name)
            guard let size = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]),
                size.isRegularFile == true, (size.fileSize ?? .max) <= WorkoutFileName.maximumBytes,
                let data = try? Data(contentsOf: url)
            else { continue }
            let bytes = [UInt8](data)
            if WorkoutFileName.isRunRampWorkout(bytes) { files[name] = (date, bytes) }
        }
        return files
    }
}
