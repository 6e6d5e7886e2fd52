package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module structure holds (no cycles, no reaching into internals, no arrow a module did not declare in its
 * {@code allowedDependencies}) and its documentation is current.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(NetraApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void foundationModulesExist() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("audit", "catalog", "identity", "personnel", "web");
	}

	@Test
	void everyModuleNamesTheModulesItMayUse() throws ClassNotFoundException {
		for (ApplicationModule module : modules) {
			String packageInfo = module.getBasePackage().getName() + ".package-info";
			org.springframework.modulith.ApplicationModule declared = Class.forName(packageInfo)
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
			assertThat(declared.allowedDependencies()).as(packageInfo)
				.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
		}
	}

	/** What the root package offers is shared: each of its public types is used by at least two modules. */
	@Test
	void theRootPackageHoldsOnlyWhatModulesShare() {
		String root = NetraApplication.class.getPackageName();
		for (JavaClass shared : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(root)) {
			if (!shared.getPackageName().equals(root) || !shared.getModifiers().contains(JavaModifier.PUBLIC)
					|| shared.isNestedClass() || shared.isEquivalentTo(NetraApplication.class)) {
				continue;
			}
			Set<String> users = shared.getDirectDependenciesToSelf()
				.stream()
				.map(dependency -> dependency.getOriginClass().getPackageName())
				.filter(user -> user.startsWith(root + "."))
				.map(user -> user.substring(root.length() + 1).split("\\.")[0])
				.collect(Collectors.toSet());
			assertThat(users).as("modules using %s; move a type one module uses into it", shared.getSimpleName())
				.hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
