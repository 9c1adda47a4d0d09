package org.parallax.core.align;

class GaleChurchAlignerContractTest extends AlignerContractTest {

    @Override
    Aligner aligner() {
        return Aligners.galeChurch();
    }
}
