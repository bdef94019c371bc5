import Testing
@testable import RunImport
