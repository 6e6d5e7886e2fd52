/**
 * Keys: the keys Netra holds outside its database (a key-encryption key, a keyed-hash key and a signing key), and
 * what is done with them: envelope encryption of a reporter's identity and of original files ({@link
 * id.go.netra.keys.Envelopes}), keyed hashes for look-ups and expiring abuse records ({@link
 * id.go.netra.keys.KeyedHashes}), and signatures that someone with only the database cannot forge ({@link
 * id.go.netra.keys.Signatures}). Built on Google Tink; depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keys", allowedDependencies = {})
package id.go.netra.keys;
