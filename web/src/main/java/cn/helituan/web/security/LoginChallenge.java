package cn.helituan.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.web.util.WebUtils;

/**
 * The image challenge of the sign-in (图形验证码), drawn on the server with no font and nothing from the internet: five
 * digits as strokes of a seven-segment figure, each turned, shifted and scaled at random, with lines across them in
 * the same colours and strokes, under and over. The
 * answer lives in the session for {@link #LIFETIME} and is good for one try.
 */
final class LoginChallenge {

    static final String ANSWER = "helituan.loginChallenge";
    static final String NAME = "helituan.loginName";
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int WIDTH = 150;
    static final int HEIGHT = 50;
    private static final int DIGITS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The segments lit for each digit: a (top), b, c, d (bottom), e, f, g (middle). */
    private static final String[] SEGMENTS = {"abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc",
        "abcdefg", "abfgcd"};

    private LoginChallenge() {
    }

    /** A new answer kept in the session, and its picture. */
    static BufferedImage next(HttpSession session) {
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            answer.append(RANDOM.nextInt(10));
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            session.setAttribute(ANSWER, new Answer(answer.toString(), Instant.now()));
        }
        return draw(answer.toString());
    }

    /** Whether the request's {@code challenge} parameter is the session's answer; the answer is used up either way. */
    static boolean passed(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Answer answer;
        // taken under the session's lock: one drawn image is one try, however many requests carry its cookie at once
        synchronized (WebUtils.getSessionMutex(session)) {
            answer = session.getAttribute(ANSWER) instanceof Answer a ? a : null;
            session.removeAttribute(ANSWER);
        }
        if (answer == null) {
            return false;
        }
        String given = request.getParameter("challenge");
        return given != null && answer.drawnAt().plus(LIFETIME).isAfter(Instant.now())
                && given.strip().toLowerCase(Locale.ROOT).equals(answer.text());
    }

    static BufferedImage draw(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF4, 0xF6, 0xF8));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            noise(g, 5);
            int cell = WIDTH / text.length();
            for (int i = 0; i < text.length(); i++) {
                AffineTransform at = new AffineTransform();
                at.translate(i * cell + 6 + RANDOM.nextInt(6), 8 + RANDOM.nextInt(8));
                at.rotate(Math.toRadians(RANDOM.nextInt(31) - 15), 8, 16);
                double scale = 0.85 + RANDOM.nextDouble() * 0.3;
                at.scale(scale, scale);
                g.setColor(ink());
                g.setStroke(new BasicStroke(2.5f + RANDOM.nextFloat(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(at.createTransformedShape(figure(text.charAt(i) - '0')));
            }
            noise(g, 4); // over the digits as well, in their colours: no colour or layer separates the two

        } finally {
            g.dispose();
        }
        return image;
    }

    /** Lines across the picture in the digits' own range of colours and strokes. */
    private static void noise(Graphics2D g, int lines) {
        for (int i = 0; i < lines; i++) {
            g.setColor(ink());
            g.setStroke(new BasicStroke(1.5f + RANDOM.nextFloat() * 1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(WIDTH), RANDOM.nextInt(HEIGHT));
        }
    }

    private static Color ink() {
        return new Color(20 + RANDOM.nextInt(100), 40 + RANDOM.nextInt(100), 90 + RANDOM.nextInt(110));
    }

    /** A digit's segments in a 16 × 32 box. */
    private static Path2D figure(int digit) {
        Path2D path = new Path2D.Double();
        for (char s : SEGMENTS[digit].toCharArray()) {
            double[] p = switch (s) {
                case 'a' -> new double[] {0, 0, 16, 0};
                case 'b' -> new double[] {16, 0, 16, 16};
                case 'c' -> new double[] {16, 16, 16, 32};
                case 'd' -> new double[] {0, 32, 16, 32};
                case 'e' -> new double[] {0, 16, 0, 32};
                case 'f' -> new double[] {0, 0, 0, 16};
                default -> new double[] {0, 16, 16, 16};
            };
            path.moveTo(p[0], p[1]);
            path.lineTo(p[2], p[3]);
        }
        return path;
    }

    record Answer(String text, Instant drawnAt) implements java.io.Serializable {
    }
}
