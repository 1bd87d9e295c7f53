// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.hdbscan.HdbscanModel;
import org.tribuo.clustering.hdbscan.HdbscanTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.List;

/** The adapter over Tribuo's HDBSCAN*: plain rows in, raw labels out ({@link #NOISE} = noise). */
final class TribuoHdbscan {

    static final int NOISE = 0;

    /** Tribuo logs "Hdbscan is done." through java.util.logging on every run; kept referenced so the level sticks. */
    private static final java.util.logging.Logger TRIBUO_LOG = quietTribuoLog();

    private TribuoHdbscan() {
    }

    static int[] labels(double[][] rows, int minClusterSize, int minSamples) {
        assert TRIBUO_LOG != null;
        ClusteringFactory factory = new ClusteringFactory();
        MutableDataset<ClusterID> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("shiftlens divergence points", factory), factory);
        String[] names = featureNames(rows[0].length);
        for (double[] row : rows) {
            dataset.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, row.clone()));
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        HdbscanTrainer trainer = new HdbscanTrainer(minClusterSize, new L2Distance(), minSamples, threads,
                NeighboursQueryFactoryType.KD_TREE);
        HdbscanModel model = trainer.train(dataset);
        List<Integer> labels = model.getClusterLabels();
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    private static java.util.logging.Logger quietTribuoLog() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(HdbscanTrainer.class.getName());
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** Zero-padded so Tribuo's name order is the column order. */
    private static String[] featureNames(int dimension) {
        String[] names = new String[dimension];
        for (int d = 0; d < dimension; d++) {
            names[d] = String.format("d%05d", d);
        }
        return names;
    }
}
