internal import CLibXML2

/// Errors: libxml2's, the reader's own refusals, and non-fatal schema issues.
extension ParserState {
    /// Where libxml2 is in the file now (1-based line and column).
    var position: (line: Int, column: Int) {
        guard let context else { return (0, 0) }
        return (Int(xmlSAX2GetLineNumber(context)) + skippedLines, Int(xmlSAX2GetColumnNumber(context)))
    }

    /// Stops the parse for good with this reason.
    mutating func fail(_ reason: GPXError.Reason) {
        guard !isStopped else { return }
        let (line, column) = position
        failure = GPXError(reason, line: line, column: column)
        isStopped = true
        if let context { xmlStopParser(context) }
    }

    mutating func addIssue(_ reason: GPXError.Reason) {
        guard issues.count < Self.issueLimit else { return }
        let (line, column) = position
        issues.append(GPXError(reason, line: line, column: column))
    }

    mutating func refuseEntity(_ name: UnsafePointer<UInt8>?) {
        let text = name.map { String(cString: $0) } ?? ""
        fail(.entityDeclarationRefused(name: String(text.prefix(64))))
    }

    /// libxml2's structured error callback. Namespace errors (an undeclared `gpxtpx:` prefix) and
    /// warnings are not fatal: vendors write such files and they are still plainly GPX.
    mutating func record(_ error: UnsafeMutablePointer<xmlError>) {
        let value = error.pointee
        guard value.domain != Int32(XML_FROM_NAMESPACE.rawValue), value.level.rawValue >= XML_ERR_ERROR.rawValue
        else { return }
        // One line: libxml2 puts some details on a second line ("…indicate encoding !\nBytes: 0xFF 0xFE").
        let message = (value.message.map { String(cString: $0) } ?? "error \(value.code)")
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        // Errors raised outside the parser context (I/O, encoding) carry no position: use the parser's.
        let (line, column) = value.line > 0 ? (Int(value.line) + skippedLines, Int(value.int2)) : position
        let recorded = GPXError(.malformedXML(message: message), line: max(line, 1), column: max(column, 1))
        if value.level == XML_ERR_FATAL {
            if firstFatalError == nil { firstFatalError = recorded }
        } else if firstError == nil {
            firstError = recorded
        }
    }

    /// The document, or the error that stopped the parse.
    mutating func finish(wellFormed: Bool) throws(GPXError) -> GPXDocument {
        if let failure { throw failure }
        if !wellFormed {
            throw firstFatalError ?? firstError
                ?? GPXError(
                    .malformedXML(message: "the document is not well-formed"), line: position.line,
                    column: position.column)
        }
        guard isRootSeen else { throw firstFatalError ?? firstError ?? GPXError(.emptyFile, line: 1, column: 1) }
        document.issues = issues
        return document
    }
}
