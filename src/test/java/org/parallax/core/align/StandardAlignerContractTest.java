package org.parallax.core.align;

class StandardAlignerContractTest extends AlignerContractTest {

    @Override
    Aligner aligner() {
        return Aligners.standard();
    }
}
