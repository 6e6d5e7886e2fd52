package id.go.netra.keys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the keys are kept.
 *
 * @param directory the directory of the keyset files (default {@code <data-dir>/keys}); back it up with the
 * database but not beside it, since whoever holds both can read every sealed identity
 */
@ConfigurationProperties("netra.keys")
record KeySettings(String directory) {
}
