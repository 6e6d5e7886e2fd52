package id.go.netra;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one directory under which Netra keeps its local state ({@code netra.data-dir}, default {@code ./data}): the
 * embedded database, the evidence files, the registry imports and, unless set elsewhere, the keys and the audit
 * anchors. Modules ask it for their own sub-directory instead of reading the setting themselves. Made absolute
 * and created before the application starts (platform's DataDirectoryPreparation), as the H2 URL needs it.
 *
 * @param dataDir the directory, absolute
 */
@ConfigurationProperties("netra")
public record DataDirectory(@DefaultValue("./data") Path dataDir) {

	public static final String PROPERTY = "netra.data-dir";

	public DataDirectory {
		dataDir = dataDir.toAbsolutePath().normalize();
	}

	/** A directory of one kind of state under the data directory ({@code evidence}, {@code imports}). */
	public Path resolve(String name) {
		return dataDir.resolve(name);
	}
}
