/**
 * Enforcement: what happens when a PPK lets a recommendation lie. The control ladder (warning, reprimand,
 * block) climbs while the follow-up is late; blocks on personnel data and services are placed and lifted;
 * every sanction imposed enters the national discipline register (I'DIS); each employer's compliance is
 * measured; and cases reviewed as election crimes are followed through Gakkumdu.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enforcement",
		allowedDependencies = { "audit", "casework", "catalog", "documents", "identity", "personnel" })
package id.go.netra.enforcement;
