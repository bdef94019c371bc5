import Testing
@testable import FIT
