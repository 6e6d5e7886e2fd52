package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

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

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
