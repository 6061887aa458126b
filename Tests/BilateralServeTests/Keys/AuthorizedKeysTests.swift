import Testing
@testable import BilateralServe

@Suite struct AuthorizedKeysTests {
    // Keys made with ssh-keygen for these tests only.
    let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIELk6FR8m4Y3lOOmD+Rc19rC9aCqrN1++AMQ7fiNsfbn test@example"
    let ecdsa = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPELkxj669BvBtfUru4+zCu3RlMg+RpHMvcM2gv6ZZjaDYEXLSkdsNboN2rWzSKt9ySvWzyUxhuD5tuBFYWgPZU= test@example"

    @Test func readsSupportedKeysAndSkipsCommentsAndBlankLines() {
        let keys = AuthorizedKeys(text: "# team keys\n\n\(ed25519)\n   \n")
        #expect(keys.keys.count == 1)
        #expect(keys.skippedLines == 0)
    }

    @Test func readsEcdsaKeysToo() {
        let keys = AuthorizedKeys(text: "\(ed25519)\n\(ecdsa)\n")
        #expect(keys.keys.count == 2)
    }

    @Test func skipsOptionsBeforeTheKeyTypeAndCountsThem() {
        let line = "from=\"10.0.0.1\",command=\"echo a b\",no-pty \(ed25519)"
        let keys = AuthorizedKeys(text: line)
        #expect(keys.keys.count == 1)
        #expect(keys.linesWithOptions == 1)
    }

    @Test func countsKeysOfUnsupportedTypesAsSkipped() {
        let keys = AuthorizedKeys(text: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 someone\n\(ed25519)\nnot a key at all")
        #expect(keys.keys.count == 1)
        #expect(keys.skippedLines == 2)
    }

    @Test func rejectsDamagedBase64() {
        let keys = AuthorizedKeys(text: "ssh-ed25519 AAAA!!!notbase64 someone")
        #expect(keys.keys.isEmpty)
    }
}
