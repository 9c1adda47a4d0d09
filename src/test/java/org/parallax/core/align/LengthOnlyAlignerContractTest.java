package org.parallax.core.align;

class LengthOnlyAlignerContractTest extends AlignerContractTest {

    @Override
    Aligner aligner() {
        return Aligners.lengthOnly();
    }
}
