package cn.gov.baoji.credit.listing;

import cn.gov.baoji.credit.reference.DistrictDirectory;
import org.springframework.stereotype.Component;

/** The authority that designates and answers for a listing: the county's working group. */
@Component
class DesignatingAuthority {

    private final DistrictDirectory districts;

    DesignatingAuthority(DistrictDirectory districts) {
        this.districts = districts;
    }

    String of(String countyCode) {
        return districts.county(countyCode)
                .map(county -> county.nameZh() + "电子商务领域严重失信专项治理工作小组")
                .orElseThrow(() -> new IllegalStateException("No Baoji county " + countyCode));
    }
}
