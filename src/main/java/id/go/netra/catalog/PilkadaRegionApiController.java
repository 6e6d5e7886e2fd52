package id.go.netra.catalog;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The regions of a Pilkada with their candidate determination and term end: public to read, kept by administrators. */
@RestController
@RequestMapping("/api/v1/catalog/elections/{code}/regions")
@Tag(name = "Catalog")
class PilkadaRegionApiController {

	private final PilkadaRegions regions;

	PilkadaRegionApiController(PilkadaRegions regions) {
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "The regions that hold this Pilkada, with each one's candidate determination date and the "
			+ "regional head's term end where known (the pre-election rotation ban runs from six months before "
			+ "determination to the term end, else to the election's last phase day)")
	Page<PilkadaRegions.PilkadaRegion> regions(@PathVariable String code) {
		List<PilkadaRegions.PilkadaRegion> all = regions.of(code);
		return new Page<>(all, 0, all.size(), all.size());
	}

	@PutMapping("/{regionCode}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds a region to the Pilkada or changes its dates (both optional: no determination date "
			+ "means the election's; no term end means it is not known)")
	PilkadaRegions.PilkadaRegion set(@PathVariable String code, @PathVariable String regionCode,
			@RequestBody(required = false) PilkadaRegions.Draft draft) {
		return regions.set(code, regionCode, draft);
	}

	@DeleteMapping("/{regionCode}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The region holds no election in this Pilkada")
	void remove(@PathVariable String code, @PathVariable String regionCode) {
		regions.remove(code, regionCode);
	}
}
