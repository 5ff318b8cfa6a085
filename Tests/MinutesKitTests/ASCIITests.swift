import Testing

@testable import MinutesKit

/// The byte classes the library asks of text read as bytes, over all 256
/// bytes, against the `Character` properties they stand for.
@Suite struct ASCIITests {
  @Test(arguments: 0...255)
  func classesAgreeWithCharacterProperties(value: Int) {
    let byte = UInt8(value)
    let ascii = byte < 128
    let character = Character(Unicode.Scalar(byte))
    #expect(ASCII.isASCII(byte) == ascii)
    #expect(ASCII.isDigit(byte) == (ascii && character.isWholeNumber))
    #expect(ASCII.isLetter(byte) == (ascii && character.isLetter))
    #expect(ASCII.isLetterOrDigit(byte) == (ascii && (character.isLetter || character.isNumber)))
    #expect(ASCII.isSpace(byte) == (character == " " || character == "\t"))
    #expect(ASCII.isWhitespace(byte) == (ascii && character.isWhitespace))
    #expect(
      ASCII.isControl(byte)
        == (ascii && Unicode.Scalar(byte).properties.generalCategory == .control))
    #expect(
      ASCII.isWordByte(byte)
        == (!ascii || character.isLetter || character.isNumber || character == "_"))
    #expect(
      ASCII.lowercased(byte) == (ascii ? Array(String(character).lowercased().utf8)[0] : byte))
    #expect(
      ASCII.uppercased(byte) == (ascii ? Array(String(character).uppercased().utf8)[0] : byte))
  }

  @Test func textIsASCIIWhenEveryByteIs() {
    #expect(ASCII.isASCII("Atlas (Armen & Xin)\t"))
    #expect(!ASCII.isASCII("Müller"))
    #expect(ASCII.isASCII(""))
  }
}
