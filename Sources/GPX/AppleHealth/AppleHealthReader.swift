internal import CLibXML2
internal import Foundation

/// Streams an Apple Health export's export.xml (gigabytes: millions of `<Record>`s) through
/// libxml2's SAX2 push parser and yields its `<Workout>`s; nothing else is kept.
///
/// Bytes are pushed in chunks as they are read (from a file or a zip member), then `finish()`.
/// The export's DOCTYPE declares elements and attributes in an internal subset: those are read as
/// libxml2 reads any DTD, but no entity is expanded (an entity declaration stops the parse), no
/// external DTD is loaded and the network is never used. One reader per file, on one thread.
public final class AppleHealthReader {
    private let state: UnsafeMutablePointer<HealthParserState>
    private var context: xmlParserCtxtPtr?
    private var isFirstChunk = true
    /// The SAX2 callbacks (libxml2 copies them into the parser).
    private var handler = AppleHealthReader.makeHandler()

    public init() {
        LibXMLInitialization.ensure()
        state = .allocate(capacity: 1)
        state.initialize(to: HealthParserState())
    }

    deinit {
        if let context {
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
            xmlFreeParserCtxt(context)
        }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Hands the next bytes of the file to the parser; throws once the file is known to be bad.
    public func push(_ bytes: UnsafeRawBufferPointer) throws(GPXError) {
        guard var base = bytes.baseAddress, bytes.count > 0 else { return }
        var count = bytes.count
        if isFirstChunk {
            isFirstChunk = false
            let lead = XMLDeclarationStart.find(in: bytes)
            state.pointee.skippedLines = lead.lines
            base += lead.offset
            count -= lead.offset
            // The first 4 bytes let libxml2 detect the encoding before the rest arrives.
            let first = min(4, count)
            try withErrorHandler {
                guard
                    let created = xmlCreatePushParserCtxt(
                        &handler, UnsafeMutableRawPointer(state),
                        base.assumingMemoryBound(to: CChar.self), Int32(first), nil)
                else { return }
                // As GPXReader: never the network, no entity expansion, no external DTD, default limits.
                let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                xmlCtxtUseOptions(created, Int32(options))
                context = created
                state.pointee.context = created
            }
            guard context != nil else {
                throw GPXError(.malformedXML(message: "libxml2 could not create a parser"), line: 0, column: 0)
            }
            base += first
            count -= first
        }
        var offset = 0
        while offset < count {
            let size = min(GPXReader.chunkSize, count - offset)
            try parse(base + offset, size, isLast: false)
            offset += size
        }
    }

    /// Ends the file and returns its workouts in file order.
    @discardableResult
    public func finish() throws(GPXError) -> [HealthWorkout] {
        guard context != nil else { throw GPXError(.emptyFile, line: 1, column: 1) }
        try parse(nil, 0, isLast: true)
        guard state.pointee.isRootSeen else { throw GPXError(.emptyFile, line: 1, column: 1) }
        return state.pointee.workouts
    }

    /// The workouts read so far (all of them after `finish()`; those before the error after one).
    public var workouts: [HealthWorkout] { state.pointee.workouts }

    private func parse(_ bytes: UnsafeRawPointer?, _ count: Int, isLast: Bool) throws(GPXError) {
        guard let context else { return }
        try withErrorHandler {
            xmlParseChunk(context, bytes?.assumingMemoryBound(to: CChar.self), Int32(count), isLast ? 1 : 0)
        }
        if let failure = state.pointee.failure { throw failure }
        if context.pointee.wellFormed == 0 {
            throw state.pointee.firstFatalError
                ?? GPXError(
                    .malformedXML(message: "the document is not well-formed"), line: state.pointee.position.line,
                    column: state.pointee.position.column)
        }
    }

    /// Runs `body` with libxml2's context-free error handler pointed at this parse (as GPXReader does).
    private func withErrorHandler(_ body: () -> Void) throws(GPXError) {
        let savedHandler = __xmlStructuredError()?.pointee
        let savedContext = __xmlStructuredErrorContext()?.pointee
        xmlSetStructuredErrorFunc(UnsafeMutableRawPointer(state), Self.contextFreeError)
        body()
        xmlSetStructuredErrorFunc(savedContext, savedHandler)
    }

    private static let contextFreeError: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        HealthParserState.from(context).pointee.record(error)
    }

    private static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            HealthParserState.from(context).pointee.startElement(
                localName, HealthAttributes(count: Int(attributeCount), pointers: attributes))
        }
        handler.endElementNs = { context, _, _, _ in
            guard let context else { return }
            HealthParserState.from(context).pointee.endElement()
        }
        handler.entityDecl = { context, name, _, _, _, _ in
            guard let context else { return }
            let text = name.map { String(cString: $0) } ?? ""
            HealthParserState.from(context).pointee.fail(.entityDeclarationRefused(name: String(text.prefix(64))))
        }
        handler.unparsedEntityDecl = { context, name, _, _, _ in
            guard let context else { return }
            let text = name.map { String(cString: $0) } ?? ""
            HealthParserState.from(context).pointee.fail(.entityDeclarationRefused(name: String(text.prefix(64))))
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            HealthParserState.from(context).pointee.record(error)
        }
        return handler
    }
}
