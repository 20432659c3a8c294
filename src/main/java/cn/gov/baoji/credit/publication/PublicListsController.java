package cn.gov.baoji.credit.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.baoji.credit.designation.ListType;
import cn.gov.baoji.credit.reference.County;
import cn.gov.baoji.credit.reference.DistrictDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The published lists for everyone, no login: search by name or credit code, filter by list and county, page;
 * an entry's detail. Reads only the published (masked) copy. A filter that makes no sense is ignored with a
 * note, never an error page: the public should always get a list.
 */
@Controller
@RequestMapping("/lists")
class PublicListsController {

    static final int PAGE_SIZE = 20;

    private final PublicListing listing;
    private final DistrictDirectory districts;

    PublicListsController(PublicListing listing, DistrictDirectory districts) {
        this.listing = listing;
        this.districts = districts;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String listType,
                  @RequestParam(required = false) String county, @RequestParam(required = false) String page,
                  Model model) {
        List<String> notes = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
            notes.add("查询内容过长，已截取前100个字。");
        }
        String type = listType(listType, notes);
        String countyCode = county(county, notes);
        int pageNumber = pageNumber(page, notes);
        PublicListing.Page found = listing.search(text, type, countyCode, pageNumber, PAGE_SIZE);
        model.addAttribute("q", text);
        model.addAttribute("listType", type);
        model.addAttribute("county", countyCode);
        model.addAttribute("found", found);
        model.addAttribute("notes", notes);
        model.addAttribute("listTypes", listedTypes());
        model.addAttribute("counties", districts.counties());
        model.addAttribute("names", new Names(districts));
        return "lists/index";
    }

    @GetMapping("/{entryId}")
    String entry(@PathVariable String entryId, Model model) {
        PublicListing.Published published = (entryId.length() == 36 ? listing.find(entryId.toLowerCase(Locale.ROOT))
                : java.util.Optional.<PublicListing.Published>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该公示信息，或已撤销公示。"));
        model.addAttribute("published", published);
        model.addAttribute("e", published.entry());
        model.addAttribute("names", new Names(districts));
        return "lists/entry";
    }

    private static List<ListType> listedTypes() {
        return java.util.Arrays.stream(ListType.values()).filter(ListType::listed).toList();
    }

    private static String listType(String value, List<String> notes) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return listedTypes().stream().map(Enum::name).filter(name -> name.equalsIgnoreCase(value.strip())).findFirst()
                .orElseGet(() -> {
                    notes.add("名单类型无效，已显示全部名单。");
                    return null;
                });
    }

    private String county(String value, List<String> notes) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return districts.county(value.strip()).map(County::code).orElseGet(() -> {
            notes.add("县区无效，已显示全部县区。");
            return null;
        });
    }

    private static int pageNumber(String value, List<String> notes) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip()) - 1;   // people count pages from 1
            if (page >= 0 && page < 10_000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // noted below
        }
        notes.add("页码无效，已显示第1页。");
        return 0;
    }

    /** Chinese names for the templates. */
    record Names(DistrictDirectory districts) {

        public String list(String listType) {
            return ListNames.of(listType);
        }

        public String county(String code) {
            return code == null ? "" : districts.county(code).map(County::nameZh).orElse(code);
        }

        public String subjectType(String type) {
            return switch (type) {
                case "ENTERPRISE" -> "企业";
                case "INDIVIDUAL_BUSINESS" -> "个体工商户";
                case "NATURAL_PERSON" -> "自然人";
                case "PLATFORM" -> "电子商务平台";
                default -> type;
            };
        }
    }
}
