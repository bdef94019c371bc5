import Testing
@testable import GPX
