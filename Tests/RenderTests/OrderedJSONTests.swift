import Foundation
import Render
import Testing

/// `OrderedJSON`, the writer of `runramp inspect --json`: keys in the order given, two-space indent
/// as Python's `json.dumps(indent=2)`, strings escaped so any JSON reader gets them back.
@Suite struct OrderedJSONTests {
    @Test func stringsAreEscapedAndReadBackExactly() throws {
        #expect(OrderedJSON.quoted("a\"b\\c\n\r\t\u{01}\u{1F}é/") == "\"a\\\"b\\\\c\\n\\r\\t\\u0001\\u001f\u{E9}/\"")
        // Every control character and a few beyond: JSONSerialization reads back the same string.
        let text = String((UInt8(0)...0x7F).map { Character(Unicode.Scalar($0)) }) + "é😀\u{2028}"
        let document = Data(("[" + OrderedJSON.quoted(text) + "]").utf8)
        let read = try #require(try JSONSerialization.jsonObject(with: document) as? [String])
        #expect(read == [text])
    }

    @Test func objectsKeepTheirOrderAndNumbersTheirKind() {
        let value = OrderedJSON.object([
            ("z", .wholeNumber(3)), ("a", .array([.number(0.5), .number(.nan), .wholeNumber(2.5)])),
            ("m", .object([])), ("b", .array([])), ("n", .null), ("t", .bool(true)),
        ])
        #expect(
            value.rendered() == """
                {
                  "z": 3,
                  "a": [
                    0.5,
                    null,
                    2.5
                  ],
                  "m": {},
                  "b": [],
                  "n": null,
                  "t": true
                }
                """)
    }
}
