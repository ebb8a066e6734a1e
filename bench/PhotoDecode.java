import javax.imageio.*; import javax.imageio.stream.*; import java.awt.image.*; import java.io.*; import java.nio.file.*; import java.lang.management.*;
/** Decode + thumbnail CPU of a check-in photo, whole vs at a step (docs/performance.md, "The check-in's photo"). */
public class PhotoDecode {
  static BufferedImage read(byte[] b, boolean sub) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
      ImageReader r = ImageIO.getImageReaders(in).next(); r.setInput(in, true, true);
      ImageReadParam p = r.getDefaultReadParam();
      if (sub) { int step = Math.max(1, Math.max(r.getWidth(0), r.getHeight(0)) / 640); p.setSourceSubsampling(step, step, 0, 0); }
      BufferedImage i = r.read(0, p); r.dispose(); return i; }
  }
  static byte[] thumb(BufferedImage image) throws Exception {
    double scale = Math.min(1.0, 320.0 / Math.max(image.getWidth(), image.getHeight()));
    int w = (int) Math.round(image.getWidth() * scale), h = (int) Math.round(image.getHeight() * scale);
    BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = small.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, w, h, null); g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream(); ImageIO.write(small, "jpg", out); return out.toByteArray();
  }
  public static void main(String[] a) throws Exception {
    byte[] b = Files.readAllBytes(Path.of(a[0]));
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    for (boolean sub : new boolean[]{false, true, false, true, false, true}) {
      for (int i = 0; i < 3; i++) read(b, sub);
      long c0 = t.getCurrentThreadCpuTime(); int n = 10;
      BufferedImage img = null; for (int i = 0; i < n; i++) { img = read(b, sub); thumb(img); }
      System.out.printf("subsampling=%s: %d x %d kept, %.1f ms CPU per decode + thumbnail%n", sub, img.getWidth(), img.getHeight(), (t.getCurrentThreadCpuTime() - c0) / 1e6 / n);
    }
  }
}
