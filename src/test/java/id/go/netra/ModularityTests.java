package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, no reaching into internals) and its documentation is current. */
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
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
