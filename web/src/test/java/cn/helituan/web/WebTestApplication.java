package cn.helituan.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The configuration the {@code @WebMvcTest} slices of this module start from (web has no application class of its
 * own): its component scan, filtered by the slice, finds the controllers, the advice and the argument resolver.
 */
@SpringBootApplication
public class WebTestApplication {
}
