import Testing
import TrainingLog

@Suite struct LogLocationTests {
    @Test func explicitBeatsEnvironmentBeatsXDGBeatsHome() {
        let env = ["RUNRAMP_DB": "/env/log.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"]
        #expect(LogLocation.resolve(explicit: "/x/y.sqlite", environment: env) == "/x/y.sqlite")
        #expect(LogLocation.resolve(explicit: nil, environment: env) == "/env/log.sqlite")
        #expect(LogLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/h"]) == "/xdg/runramp/log.sqlite")
        #expect(LogLocation.resolve(explicit: nil, environment: ["HOME": "/home/ana"]) == "/home/ana/.local/share/runramp/log.sqlite")
        // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
        #expect(LogLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]) == "/h/.local/share/runramp/log.sqlite")
        #expect(LogLocation.resolve(explicit: "", environment: ["RUNRAMP_DB": ""]) == "./.local/share/runramp/log.sqlite")
    }
}
