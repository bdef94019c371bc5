import Testing
import TrainingLog

@Suite struct LogLocationTests {
    @Test func explicitBeatsEnvironmentBeatsXDGBeatsHome() {
        let env = ["RUNRAMP_DB": "/env/log.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"]
        #expect(LogLocation.resolve(explicit: "/x/y.sqlite", environment: env, homeDirectory: "/pw") == "/x/y.sqlite")
        #expect(LogLocation.resolve(explicit: nil, environment: env, homeDirectory: "/pw") == "/env/log.sqlite")
        #expect(
            LogLocation.resolve(
                explicit: nil, environment: ["XDG_DATA_HOME": "/xdg/", "HOME": "/h"], homeDirectory: "/pw")
                == "/xdg/runramp/log.sqlite")
        #expect(
            LogLocation.resolve(explicit: nil, environment: ["HOME": "/home/ana"], homeDirectory: "/pw")
                == "/home/ana/.local/share/runramp/log.sqlite")
        // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
        #expect(
            LogLocation.resolve(
                explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"], homeDirectory: "/pw")
                == "/h/.local/share/runramp/log.sqlite")
        // HOME unset or empty: the user database's home, else no path at all (never "/.local/share").
        #expect(
            LogLocation.resolve(explicit: "", environment: ["RUNRAMP_DB": ""], homeDirectory: "/pw")
                == "/pw/.local/share/runramp/log.sqlite")
        #expect(
            LogLocation.resolve(explicit: nil, environment: ["HOME": ""], homeDirectory: "/pw/")
                == "/pw/.local/share/runramp/log.sqlite")
        #expect(LogLocation.resolve(explicit: nil, environment: [:], homeDirectory: nil) == nil)
        #expect(LogLocation.resolve(explicit: nil, environment: ["HOME": ""], homeDirectory: "") == nil)
    }
}
