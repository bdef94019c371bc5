import Testing
@testable import TrainingLog
