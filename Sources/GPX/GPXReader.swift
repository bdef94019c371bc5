internal import CLibXML2
public import Foundation

/// Reads GPX 1.0/1.1 and TCX files with libxml2's streaming SAX2 push parser (never a DOM),
/// with network access, DTD loading and entity expansion off. Safe to call from several threads.
public enum GPXReader {
    /// Bytes handed to libxml2 per push; its buffer stays this small whatever the file size.
    static let chunkSize = 256 * 1024

    /// More attributes on one element than any GPX or TCX file has (they have fewer than 20);
    /// far fewer than make libxml2's quadratic attribute check slow.
    public static let defaultMaximumAttributes = 1_000

    /// Parses GPX 1.0/1.1 or TCX (sniffed from the root element). Throws on malformed or hostile XML,
    /// and on an element with more than `maximumAttributes` attributes.
    public static func read(_ data: Data, maximumAttributes: Int = defaultMaximumAttributes) throws(GPXError)
        -> GPXDocument
    {
        let result: Result<GPXDocument, GPXError> = data.withUnsafeBytes { buffer in
            Result { () throws(GPXError) -> GPXDocument in try read(bytes: buffer, maximumAttributes: maximumAttributes)
            }
        }
        return try result.get()
    }

    /// Parses bytes in memory without copying them.
    public static func read(bytes: UnsafeRawBufferPointer, maximumAttributes: Int = defaultMaximumAttributes)
        throws(GPXError) -> GPXDocument
    {
        LibXMLInitialization.ensure()
        guard let whole = bytes.baseAddress, bytes.count > 0 else { throw GPXError(.emptyFile, line: 1, column: 1) }
        // libxml2 here reads no UTF-32 ("Document is empty"): say what the file is instead.
        if let encoding = utf32Encoding(bytes) { throw GPXError(.unsupportedEncoding(encoding), line: 1, column: 1) }
        // libxml2 refuses an XML declaration after whitespace or a BOM (Strava's and Polar Flow's TCX):
        // start at the declaration, and count the lines skipped so positions stay those of the file.
        let lead = XMLDeclarationStart.find(in: bytes)
        let file = bytes
        let base = whole + lead.offset
        let bytes = UnsafeRawBufferPointer(rebasing: bytes[lead.offset...])
        // The attribute limit is checked on what libxml2 will parse; the position is in the file.
        if let offset = AttributeScan.firstExcess(in: bytes, limit: maximumAttributes) {
            let (line, column) = AttributeScan.position(of: lead.offset + offset, in: file)
            throw GPXError(.tooManyAttributes(limit: maximumAttributes), line: line, column: column)
        }
        let input = base.assumingMemoryBound(to: CChar.self)
        // The state lives at a fixed address for libxml2's user-data pointer; see ParserState.
        let state = UnsafeMutablePointer<ParserState>.allocate(capacity: 1)
        state.initialize(to: ParserState())
        state.pointee.skippedLines = lead.lines
        defer {
            state.pointee.releaseBuffers()
            state.deinitialize(count: 1)
            state.deallocate()
        }
        var handler = SAXHandler.make()
        // The first 4 bytes let libxml2 detect the encoding (UTF-16 BOM) before the rest arrives.
        let first = min(4, bytes.count)
        let userData = UnsafeMutableRawPointer(state)
        // Errors raised without a parser context (an encoding converter failing: "I/O error :
        // encoder error") bypass `serror` and would go to stderr. libxml2 keeps this handler per
        // thread; set it for this synchronous parse and restore the caller's afterwards.
        let savedHandler = __xmlStructuredError()?.pointee
        let savedContext = __xmlStructuredErrorContext()?.pointee
        xmlSetStructuredErrorFunc(userData, SAXHandler.contextFreeError)
        defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }
        guard let context = xmlCreatePushParserCtxt(&handler, userData, input, Int32(first), nil) else {
            throw GPXError(.malformedXML(message: "libxml2 could not create a parser"), line: 0, column: 0)
        }
        defer {
            // In SAX mode libxml2 still builds a throw-away document for entity declarations
            // ("expat compatibility"); the context does not own it, so free it here.
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
            xmlFreeParserCtxt(context)
        }
        // NONET: never fetch anything. Not NOENT, DTDLOAD or HUGE: no expansion, no external DTD,
        // libxml2's default size limits. NOERROR/NOWARNING: errors come only through `serror`.
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        xmlCtxtUseOptions(context, Int32(options))
        state.pointee.context = context
        var offset = first
        var isDone = false
        while !isDone {
            let count = min(chunkSize, bytes.count - offset)
            isDone = offset + count == bytes.count
            xmlParseChunk(context, input + offset, Int32(count), isDone ? 1 : 0)
            offset += count
            if state.pointee.isStopped || context.pointee.wellFormed == 0 { break }
        }
        let wellFormed = context.pointee.wellFormed != 0
        return try state.pointee.finish(wellFormed: wellFormed)
    }
}

extension GPXReader {
    /// "UTF-32LE" or "UTF-32BE" when the bytes start as XML in UTF-32 does (a byte-order mark, or
    /// `<` as four bytes), else nil.
    static func utf32Encoding(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 4 else { return nil }
        switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): return "UTF-32LE"
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): return "UTF-32BE"
        default: return nil
        }
    }
}
