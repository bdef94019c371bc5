import RunModel
import Testing

@Suite struct SportTests {
    @Test(arguments: Sport.allCases)
    func onlyRunningKindsCount(sport: Sport) {
        #expect(sport.isRunning == [.running, .trail, .treadmill, .track].contains(sport))
    }
}
