internal import CLibXML2

/// The libxml2 SAX2 callbacks: each recovers the `ParserState` from the user-data pointer and
/// forwards. Callbacks left nil (external subset, entity resolution, references) make libxml2 load
/// and expand nothing; `entityDecl` stops the parse at the first entity declaration.
enum SAXHandler {
    /// Receives errors libxml2 raises outside any parser context (I/O, encoding).
    static let contextFreeError: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        ParserState.from(context).pointee.record(error)
    }

    static func make() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        // XML_SAX2_MAGIC (0xDEEDBEAF) selects the SAX2 fields: startElementNs, endElementNs, serror.
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            ParserState.from(context).pointee.startElement(
                localName, attributeCount: Int(attributeCount), attributes: attributes)
        }
        handler.endElementNs = { context, _, _, _ in
            guard let context else { return }
            ParserState.from(context).pointee.endElement()
        }
        handler.characters = { context, characters, length in
            guard let context, let characters else { return }
            ParserState.from(context).pointee.characters(characters, count: Int(length))
        }
        handler.cdataBlock = { context, characters, length in
            guard let context, let characters else { return }
            ParserState.from(context).pointee.characters(characters, count: Int(length))
        }
        handler.entityDecl = { context, name, _, _, _, _ in
            guard let context else { return }
            ParserState.from(context).pointee.refuseEntity(name)
        }
        handler.unparsedEntityDecl = { context, name, _, _, _ in
            guard let context else { return }
            ParserState.from(context).pointee.refuseEntity(name)
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            ParserState.from(context).pointee.record(error)
        }
        return handler
    }
}
