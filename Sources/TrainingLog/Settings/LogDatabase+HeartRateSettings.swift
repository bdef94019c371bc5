import Foundation
import GRDB
import RunModel

extension LogDatabase {
    /// Stores a heart-rate setting; returns it with its id.
    @discardableResult
    public func recordHeartRateSetting(_ setting: HeartRateSettingRecord) throws -> HeartRateSettingRecord {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO heartRateSetting (kind, bpm, day, recordedAt) VALUES (?, ?, ?, ?)",
                arguments: [
                    setting.kind.rawValue, setting.bpm, setting.day.description,
                    setting.recordedAt.timeIntervalSince1970,
                ])
            var stored = setting
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Every heart-rate setting in the order recorded (a damaged row is left out).
    public func heartRateSettings() throws -> [HeartRateSettingRecord] {
        let path = writer.path
        return try reading { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, bpm, day, recordedAt FROM heartRateSetting ORDER BY id")
                .compactMap { row in
                    let id = (try? row.decode(Int64.self, forColumn: "id")) ?? 0
                    let checked = CheckedRow(row: row, identity: .heartRateSetting(id), databasePath: path)
                    guard let raw = try? checked.value("kind", as: String.self),
                        let kind = HeartRateSettingRecord.Kind(rawValue: raw)
                    else { return nil }
                    return try? HeartRateSettingRecord(
                        id: id, kind: kind, bpm: checked.value("bpm"), day: checked.day("day"),
                        recordedAt: checked.date("recordedAt"))
                }
        }
    }

    /// The newest setting of each kind (by day, then by the order recorded).
    public func currentHeartRateSettings() throws -> [HeartRateSettingRecord.Kind: HeartRateSettingRecord] {
        var current: [HeartRateSettingRecord.Kind: HeartRateSettingRecord] = [:]
        for setting in try heartRateSettings() where current[setting.kind].map({ $0.day <= setting.day }) ?? true {
            current[setting.kind] = setting
        }
        return current
    }

    /// Stores the TRIMP constants the runner chose; returns the record with its id.
    @discardableResult
    public func recordTRIMPConstants(_ setting: TRIMPConstantsSettingRecord) throws -> TRIMPConstantsSettingRecord {
        try writing { db in
            try db.execute(
                sql: "INSERT INTO trimpConstantsSetting (constants, day, recordedAt) VALUES (?, ?, ?)",
                arguments: [
                    setting.constants.rawValue, setting.day.description, setting.recordedAt.timeIntervalSince1970,
                ])
            var stored = setting
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// The newest TRIMP constants the runner chose (by day, then by the order recorded); nil when never.
    public func currentTRIMPConstants() throws -> TRIMPConstantsSettingRecord? {
        let path = writer.path
        let all = try reading { db in
            try Row.fetchAll(db, sql: "SELECT id, constants, day, recordedAt FROM trimpConstantsSetting ORDER BY id")
                .compactMap { row -> TRIMPConstantsSettingRecord? in
                    let id = (try? row.decode(Int64.self, forColumn: "id")) ?? 0
                    let checked = CheckedRow(row: row, identity: .trimpConstantsSetting(id), databasePath: path)
                    guard let raw = try? checked.value("constants", as: String.self),
                        let constants = TRIMPConstants(rawValue: raw)
                    else { return nil }
                    return try? TRIMPConstantsSettingRecord(
                        id: id, constants: constants, day: checked.day("day"), recordedAt: checked.date("recordedAt"))
                }
        }
        return all.reduce(nil) { newest, setting in
            guard let newest, newest.day > setting.day else { return setting }
            return newest
        }
    }
}
