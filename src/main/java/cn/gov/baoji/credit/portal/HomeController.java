package cn.gov.baoji.credit.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /}: the complaint column's home page (staff find the Camunda webapps at {@code /camunda}). */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
