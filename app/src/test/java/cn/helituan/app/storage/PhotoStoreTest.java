package cn.helituan.app.storage;

import cn.helituan.app.support.S3Server;

/**
 * The photo store against MinIO where a Docker engine answers, else against Adobe's S3Mock (issue 24). 10,000 photos on
 * MinIO; on S3Mock 1,500: S3Mock rewrites its bucket's whole key list on every write (one lock per bucket), so a write
 * there costs in proportion to the objects already kept, and 20,000 objects take hours on this machine — the
 * 10,000-photo round trip without Docker is {@link PhotoStoreS3ProxyTest}'s.
 */
class PhotoStoreTest extends PhotoStoreContract {

    @Override
    S3Server startServer() throws Exception {
        return S3Server.start();
    }

    @Override
    int photos() {
        return server.kind().equals("MinIO") ? 10_000 : 1_500;
    }
}
