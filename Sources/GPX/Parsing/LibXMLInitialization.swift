internal import CLibXML2

/// Calls `xmlInitParser` exactly once per process before any parse, as libxml2 requires for
/// use from several threads. A `static let` is initialised lazily and thread-safely by Swift
/// (swift_once), so there is no mutable global state.
enum LibXMLInitialization {
    private static let done: Bool = {
        xmlInitParser()
        return true
    }()

    static func ensure() {
        _ = done
    }
}
