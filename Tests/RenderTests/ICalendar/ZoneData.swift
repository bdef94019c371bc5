import Foundation

/// The system's zone directory, if this machine has one.
let zoneDirectory = "/usr/share/zoneinfo"
let hasZoneData = FileManager.default.fileExists(atPath: zoneDirectory + "/Europe/Berlin")
