import RunModel
import Testing
@testable import RunImport

@Suite struct SportMappingTests {
    @Test(arguments: [
        ("Run", Sport.running), ("running", .running), ("Trail Run", .trail), ("Virtual Run", .treadmill),
        ("Walk", .walking), ("Hike", .walking), ("Ride", .cycling), ("Biking", .cycling), ("Swim", .swimming),
        ("treadmill", .treadmill), ("TRACK", .track), ("9", .running),
    ])
    func namesMap(name: String, sport: Sport) {
        #expect(SportMapping.sport(named: name) == sport)
    }

    @Test func unknownNamesMapToNothing() {
        #expect(SportMapping.sport(named: "Yoga") == nil)
        #expect(SportMapping.sport(named: "") == nil)
    }

    @Test func fitSportAndSubSport() {
        #expect(SportMapping.fitSport(sport: "running", subSport: "treadmill") == .treadmill)
        #expect(SportMapping.fitSport(sport: "running", subSport: "trail") == .trail)
        #expect(SportMapping.fitSport(sport: "running", subSport: "generic") == .running)
        #expect(SportMapping.fitSport(sport: "cycling", subSport: "road") == .cycling)
        #expect(SportMapping.fitSport(sport: "training", subSport: nil) == .other)
        #expect(SportMapping.fitSport(sport: nil, subSport: nil) == .other)
    }

    @Test func paceDecidesForUntypedTracks() {
        #expect(SportMapping.inferred(distanceMeters: 10_000, movingSeconds: 3_000) == .running)  // 5:00/km
        #expect(SportMapping.inferred(distanceMeters: 5_000, movingSeconds: 3_600) == .walking)  // 12:00/km
        #expect(SportMapping.inferred(distanceMeters: 30_000, movingSeconds: 3_600) == .cycling)  // 2:00/km
        #expect(SportMapping.inferred(distanceMeters: 0, movingSeconds: 3_600) == nil)
    }
}
