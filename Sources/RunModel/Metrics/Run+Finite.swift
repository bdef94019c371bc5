extension Run {
    /// The run with every summary figure finite and non-negative: a damaged file can carry NaN,
    /// infinities or negative totals, which would poison weekly sums and cannot be written as JSON.
    public func withFiniteFigures() -> Run {
        func total(_ value: Double) -> Double { value.isFinite && value > 0 ? value : 0 }
        func optional(_ value: Double?) -> Double? { value.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } }
        var run = self
        run.elapsedSeconds = total(elapsedSeconds)
        run.movingSeconds = total(movingSeconds)
        run.distanceMeters = total(distanceMeters)
        run.elevationGainMeters = optional(elevationGainMeters)
        run.elevationLossMeters = optional(elevationLossMeters)
        run.averageHeartRate = optional(averageHeartRate)
        run.maxHeartRate = optional(maxHeartRate)
        run.averageCadence = optional(averageCadence)
        run.laps = laps.map { lap in
            Lap(
                start: lap.start, elapsedSeconds: total(lap.elapsedSeconds),
                distanceMeters: optional(lap.distanceMeters))
        }
        return run
    }
}
