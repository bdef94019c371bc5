import Testing

@testable import RunImport

@Suite struct StravaActivityTests {
    @Test func indexMapsFilesToNamesAndTypes() {
        let csv = """
            Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Filename
            1,"Nov 20, 2026, 7:00:00 AM",Morning Run,Run,"easy, with
            a line break",1880,5.0,activities/1.gpx.gz
            2,"Nov 21, 2026, 7:00:00 AM","Ride, home",Ride,,3600,20,activities/2.fit.gz
            3,"Nov 22, 2026, 7:00:00 AM",Manual,Run,,1800,5,
            """
        let index = StravaActivity.index(csvText: csv, exportRoot: "/exports/strava")
        #expect(index.count == 2)
        #expect(index["/exports/strava/activities/1.gpx.gz"] == StravaActivity(name: "Morning Run", type: "Run"))
        #expect(index["/exports/strava/activities/2.fit.gz"] == StravaActivity(name: "Ride, home", type: "Ride"))
    }
}
