package cn.helituan.app.storage;

import cn.helituan.app.support.S3Server;

/**
 * The photo store against S3Proxy over files (issue 24), Docker or not: the same assertions as on MinIO and S3Mock,
 * and the round trip of 10,000 photos of the test's own (and every photo of the demo county) to the store and back,
 * every hash equal.
 */
class PhotoStoreS3ProxyTest extends PhotoStoreContract {

    @Override
    S3Server startServer() throws Exception {
        return S3Server.startS3Proxy();
    }

    @Override
    int photos() {
        return 10_000;
    }
}
