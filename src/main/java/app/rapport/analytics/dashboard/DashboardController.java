package app.rapport.analytics.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard's pages. The page itself carries no figures: its script fetches them from
 * {@code /dashboard/api/**} with the session, for the window chosen on the page.
 */
@Controller
class DashboardController {

    @GetMapping("/dashboard")
    String dashboard(Authentication user, Model model) {
        model.addAttribute("user", user.getName());
        return "dashboard";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/denied")
    String denied(Authentication user, Model model) {
        model.addAttribute("user", user == null ? null : user.getName());
        return "denied";
    }
}
