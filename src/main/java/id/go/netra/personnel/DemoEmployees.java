package id.go.netra.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.go.netra.DataDirectory;
import id.go.netra.DemoMode;
import id.go.netra.catalog.CatalogReferenceOrder;

/**
 * With demo data on, an empty registry is filled with a synthetic national sample ({@code netra.demo.employees}
 * rows, every one marked synthetic) through the product's own import path, in the background.
 */
@Component
@Order(CatalogReferenceOrder.DEMO + 2)
class DemoEmployees implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEmployees.class);

	private final DemoMode demo;
	private final Employees employees;
	private final RegistryImports imports;
	private final long rows;
	private final Path directory;

	DemoEmployees(DemoMode demo, Employees employees, RegistryImports imports,
			DemoRegistrySettings settings, DataDirectory dataDirectory) {
		this.demo = demo;
		this.employees = employees;
		this.imports = imports;
		this.rows = settings.employees();
		this.directory = dataDirectory.resolve("imports");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled() || rows == 0 || employees.count() > 0 || !imports.recent(0, 1).items().isEmpty()) {
			return;
		}
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve("demo-synthetic-" + rows + ".csv");
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				new SyntheticRegistry(2026).write(out, rows);
			}
			try (InputStream in = Files.newInputStream(file)) {
				imports.submit(in, file.getFileName().toString());
			}
			Files.delete(file);
			log.info("Importing {} synthetic demo employees in the background", rows);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the synthetic demo registry", e);
		}
	}

}
